/* A test-harness shim, not part of the product: Wine 8.0 (Debian 12) has no
 * bcryptprimitives.dll, whose ProcessPrng Rust's standard library imports for its random
 * numbers (Windows 10 and later have it), so no Rust program starts under it. This stand-in
 * answers ProcessPrng from BCryptGenRandom, which Wine does have. .ci/wine/prefix builds it
 * into the test prefix's system32 only; nothing ships it. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
