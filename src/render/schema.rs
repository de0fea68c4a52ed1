//! The JSON Schemas of the program's JSON output (docs/json-output/*.schema.json), generated
//! from the output types by schemars and made strict: a document that the program could not
//! have printed fails them.

use std::path::PathBuf;

use serde_json::Value;

/// Every object in `schema` gets all its properties required (a field with nothing to say
/// is `null`, never left out) and no others allowed.
pub(crate) fn strict(schema: &mut Value) {
    match schema {
        Value::Object(object) => {
            if let Some(Value::Object(properties)) = object.get("properties") {
                let names: Vec<Value> = properties.keys().cloned().map(Value::String).collect();
                object.insert("required".to_string(), Value::Array(names));
                object.insert("additionalProperties".to_string(), Value::Bool(false));
            }
            object.values_mut().for_each(strict);
        }
        Value::Array(items) => items.iter_mut().for_each(strict),
        _ => {}
    }
}

/// Checks that `docs/json-output/{name}.schema.json` is `schema` made strict;
/// UPDATE_SCHEMA=1 rewrites it.
pub(crate) fn assert_committed(name: &str, schema: schemars::Schema) {
    let mut schema = schema.to_value();
    strict(&mut schema);
    let mut generated = serde_json::to_string_pretty(&schema).expect("a schema is JSON");
    generated.push('\n');
    let file: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "docs",
        "json-output",
        &format!("{name}.schema.json"),
    ]
    .iter()
    .collect();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&file, &generated).expect("docs/json-output/ is writable");
    }
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is out of date: run UPDATE_SCHEMA=1 cargo test",
        file.display()
    );
}
