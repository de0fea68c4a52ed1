//! The words of the manual page, in every language. The descriptions of the commands and
//! options are the command line's own (`cli`'s doc comments and `i18n::cli`).

use guide_format::Lang;

pub struct ManualWords {
    /// The manual's name in the page header.
    pub manual: &'static str,
    /// What the program is, in one line, for NAME.
    pub name: &'static str,
    pub headings: Headings,
    pub command_placeholder: &'static str,
    pub description: &'static [&'static str],
    /// Said before the options every command takes.
    pub options_intro: &'static str,
    pub environment: &'static [(&'static str, &'static str)],
    pub files: &'static [(&'static str, &'static str)],
    pub exit_status: &'static [(&'static str, &'static str)],
    /// A command line, and what it does.
    pub examples: &'static [(&'static str, &'static str)],
    pub see_also: &'static str,
}

pub struct Headings {
    pub name: &'static str,
    pub synopsis: &'static str,
    pub description: &'static str,
    pub options: &'static str,
    pub commands: &'static str,
    pub environment: &'static str,
    pub files: &'static str,
    pub exit_status: &'static str,
    pub examples: &'static str,
    pub see_also: &'static str,
}

pub fn words(lang: Lang) -> &'static ManualWords {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

static EN: ManualWords = ManualWords {
    manual: "User Commands",
    name: "step-by-step help with removing a bank card saved in AliExpress or Alipay",
    headings: Headings {
        name: "NAME",
        synopsis: "SYNOPSIS",
        description: "DESCRIPTION",
        options: "OPTIONS",
        commands: "COMMANDS",
        environment: "ENVIRONMENT",
        files: "FILES",
        exit_status: "EXIT STATUS",
        examples: "EXAMPLES",
        see_also: "SEE ALSO",
    },
    command_placeholder: "COMMAND",
    description: &[
        "unlink-guide walks you, step by step, through removing a bank card saved in your AliExpress or Alipay account, and through adding or replacing one, in Russian or English. It only shows instructions: it never asks for, reads, stores or sends any card details, and it makes no network requests.",
        "Run in a terminal with no command, it shows a menu of the ways to remove a card and walks you through the one you choose, one step per screen. When the output is not a terminal, it prints the list of methods instead, and walk prints a method whole, as show does.",
        "Besides its built-in guides, it reads guides from folders (see FILES): write one with new, and check it with check. A guide in a later folder replaces one with the same id in an earlier folder or built in.",
    ],
    options_intro: "Every command takes these options.",
    environment: &[
        (
            "LANGUAGE",
            "A list of languages in order of preference, as gettext reads it (for example uk:ru): the first one the guides are written in, Russian or English, is used. It wins over the locale, but not when the locale is C or POSIX.",
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "The locale: the first of them that is set and not empty decides, Russian for ru_* and English otherwise. --lang and the config file's language win over these and LANGUAGE.",
        ),
        (
            "NO_COLOR",
            "When set and not empty, no colour (no-color.org).",
        ),
        (
            "CLICOLOR_FORCE",
            "When set and not 0, colour even when the output is not a terminal; NO_COLOR wins over it.",
        ),
        (
            "CLICOLOR",
            "When 0, no colour. --color and the config file's color win over all three colour variables.",
        ),
        (
            "UNLINK_GUIDE_DIR",
            "More guide folders, separated as in PATH, read after those of the config file and before --guides-dir.",
        ),
        (
            "XDG_DATA_HOME",
            "Where your guide folder is, on Linux: $XDG_DATA_HOME/unlink-guide/guides (~/.local/share when unset).",
        ),
        (
            "XDG_CONFIG_HOME",
            "Where the config file is, on Linux: $XDG_CONFIG_HOME/unlink-guide/config.toml (~/.config when unset).",
        ),
        (
            "SOURCE_DATE_EPOCH",
            "Today, as seconds since 1970-01-01 UTC, instead of the clock's date, for review dates: the same guides then give the same output on any day.",
        ),
        (
            "COMPLETE",
            "Set by the completion scripts when they ask the program what to offer after Tab; never set it yourself.",
        ),
    ],
    files: &[
        (
            "~/.config/unlink-guide/config.toml",
            "The config file; on Windows %APPDATA%\\unlink-guide\\config.toml, on macOS ~/Library/Application Support/unlink-guide/config.toml. Every setting is optional: language = \"ru\" or \"en\"; color = \"auto\", \"always\" or \"never\"; guide_dirs = [\"~/my-guides\"], more guide folders, relative to the file's folder, with ~ for the home folder. What is typed on the command line wins over the file, and the file wins over the environment variables. A wrong setting is an error naming its line and column.",
        ),
        (
            "~/.local/share/unlink-guide/guides/",
            "Your guide folder, where new writes; on Windows %APPDATA%\\unlink-guide\\guides, on macOS ~/Library/Application Support/unlink-guide/guides. Each .toml file in a guide folder is a guide whose id is the file's name. unlink-guide paths prints where the config file is and every guide folder, in the order they are read.",
        ),
    ],
    exit_status: &[
        (
            "0",
            "Success; also when the reader of the output goes away, as in | head.",
        ),
        (
            "1",
            "check found problems; or something else stopped the run, such as a file that could not be written.",
        ),
        (
            "2",
            "Bad input: a wrong command line, an unknown method, a wrong setting in the config file, a wrong SOURCE_DATE_EPOCH.",
        ),
        ("129", "Ended by SIGHUP (the terminal was closed)."),
        ("130", "Ended by Ctrl-C (SIGINT)."),
        ("143", "Ended by SIGTERM."),
    ],
    examples: &[
        (
            "unlink-guide",
            "The menu: choose a method, then follow it step by step.",
        ),
        (
            "unlink-guide walk direct-link",
            "Follow one method step by step.",
        ),
        (
            "unlink-guide show aliexpress-payments --format markdown > card.md",
            "One method as Markdown, to send to someone who does not use a terminal.",
        ),
        (
            "unlink-guide list --json | jq -r '.methods[].id'",
            "The ids of every method, for a script.",
        ),
        (
            "LANGUAGE=uk:ru unlink-guide list",
            "The list in Russian, for someone who reads Ukrainian first and then Russian.",
        ),
        (
            "unlink-guide new --from direct-link",
            "A copy of a built-in guide in your guide folder, to edit when the site has changed; then check it with unlink-guide check.",
        ),
        (
            "unlink-guide man --lang ru | man -l -",
            "This page, in Russian.",
        ),
    ],
    see_also: "The guide format: docs/guide-format.md; the JSON output: docs/json-output.md; both in the source of unlink-guide.",
};

static RU: ManualWords = ManualWords {
    manual: "Пользовательские команды",
    name: "пошаговая помощь: как удалить банковскую карту, сохранённую в AliExpress или Alipay",
    headings: Headings {
        name: "ИМЯ",
        synopsis: "ОБЗОР",
        description: "ОПИСАНИЕ",
        options: "ПАРАМЕТРЫ",
        commands: "КОМАНДЫ",
        environment: "ОКРУЖЕНИЕ",
        files: "ФАЙЛЫ",
        exit_status: "КОД ЗАВЕРШЕНИЯ",
        examples: "ПРИМЕРЫ",
        see_also: "СМОТРИТЕ ТАКЖЕ",
    },
    command_placeholder: "КОМАНДА",
    description: &[
        "unlink-guide пошагово помогает удалить банковскую карту, сохранённую в аккаунте AliExpress или Alipay, а также добавить или заменить карту, по-русски или по-английски. Программа только показывает инструкции: она никогда не спрашивает, не читает, не хранит и не отправляет данные карты и не обращается к сети.",
        "Если запустить её в терминале без команды, она покажет меню способов удалить карту и проведёт по выбранному, по одному шагу на экране. Если вывод идёт не в терминал, она выводит список способов, а walk показывает способ целиком, как show.",
        "Кроме встроенных руководств, программа читает руководства из папок (см. ФАЙЛЫ): новое можно написать командой new и проверить командой check. Руководство из более поздней папки заменяет руководство с тем же id из более ранней папки или встроенное.",
    ],
    options_intro: "Эти параметры принимает любая команда.",
    environment: &[
        (
            "LANGUAGE",
            "Список языков в порядке предпочтения, как его читает gettext (например, uk:ru): выбирается первый язык, на котором написаны руководства, — русский или английский. LANGUAGE важнее локали, но не при локали C или POSIX.",
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "Локаль: решает первая из переменных, которая задана и не пуста, — русский для ru_*, иначе английский. --lang и language из файла настроек важнее их и LANGUAGE.",
        ),
        (
            "NO_COLOR",
            "Если задана и не пуста — без цвета (no-color.org).",
        ),
        (
            "CLICOLOR_FORCE",
            "Если задана и не равна 0 — цвет, даже когда вывод идёт не в терминал; NO_COLOR важнее её.",
        ),
        (
            "CLICOLOR",
            "Если равна 0 — без цвета. --color и color из файла настроек важнее всех трёх переменных цвета.",
        ),
        (
            "UNLINK_GUIDE_DIR",
            "Ещё папки с руководствами, через разделитель, как в PATH; читаются после папок из файла настроек и до --guides-dir.",
        ),
        (
            "XDG_DATA_HOME",
            "Где ваша папка с руководствами, в Linux: $XDG_DATA_HOME/unlink-guide/guides (~/.local/share, если переменная не задана).",
        ),
        (
            "XDG_CONFIG_HOME",
            "Где файл настроек, в Linux: $XDG_CONFIG_HOME/unlink-guide/config.toml (~/.config, если переменная не задана).",
        ),
        (
            "SOURCE_DATE_EPOCH",
            "Сегодняшняя дата в секундах с 1970-01-01 UTC вместо даты по часам, для дат проверки руководств: тогда одни и те же руководства в любой день выводятся одинаково.",
        ),
        (
            "COMPLETE",
            "Её задают скрипты автодополнения, когда спрашивают у программы, что предложить по Tab; сами её не задавайте.",
        ),
    ],
    files: &[
        (
            "~/.config/unlink-guide/config.toml",
            "Файл настроек; в Windows — %APPDATA%\\unlink-guide\\config.toml, в macOS — ~/Library/Application Support/unlink-guide/config.toml. Все настройки необязательны: language = \"ru\" или \"en\"; color = \"auto\", \"always\" или \"never\"; guide_dirs = [\"~/my-guides\"] — ещё папки с руководствами, относительно папки файла, ~ — домашняя папка. Командная строка важнее файла, а файл важнее переменных окружения. Неправильная настройка — ошибка с номером строки и столбца.",
        ),
        (
            "~/.local/share/unlink-guide/guides/",
            "Ваша папка с руководствами, куда пишет new; в Windows — %APPDATA%\\unlink-guide\\guides, в macOS — ~/Library/Application Support/unlink-guide/guides. Каждый файл .toml в папке с руководствами — руководство, id которого — имя файла. unlink-guide paths показывает, где файл настроек, и все папки с руководствами в том порядке, в каком они читаются.",
        ),
    ],
    exit_status: &[
        (
            "0",
            "Успех; в том числе когда читатель вывода ушёл раньше, как в | head.",
        ),
        (
            "1",
            "check нашла ошибки; или работе помешало что-то другое, например файл не удалось записать.",
        ),
        (
            "2",
            "Неверный ввод: неправильная командная строка, неизвестный способ, неправильная настройка в файле настроек, неправильная SOURCE_DATE_EPOCH.",
        ),
        ("129", "Завершена сигналом SIGHUP (терминал закрыт)."),
        ("130", "Завершена нажатием Ctrl-C (SIGINT)."),
        ("143", "Завершена сигналом SIGTERM."),
    ],
    examples: &[
        (
            "unlink-guide",
            "Меню: выберите способ и пройдите его по шагам.",
        ),
        (
            "unlink-guide walk direct-link",
            "Пройти один способ по шагам.",
        ),
        (
            "unlink-guide show aliexpress-payments --format markdown > card.md",
            "Способ в формате Markdown, чтобы отправить тому, кто не пользуется терминалом.",
        ),
        (
            "unlink-guide list --json | jq -r '.methods[].id'",
            "id всех способов, для скрипта.",
        ),
        (
            "LANGUAGE=uk:ru unlink-guide list",
            "Список по-русски для того, кто читает сначала по-украински, потом по-русски.",
        ),
        (
            "unlink-guide new --from direct-link",
            "Копия встроенного руководства в вашей папке с руководствами, чтобы поправить её, когда сайт изменился; потом проверьте её: unlink-guide check.",
        ),
        (
            "unlink-guide man --lang en | man -l -",
            "Эта страница по-английски.",
        ),
    ],
    see_also: "Формат руководств: docs/guide-format.md; вывод в JSON: docs/json-output.md; оба — в исходном коде unlink-guide.",
};
