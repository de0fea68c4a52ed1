/* A test probe for .ci/wine-smoke: prints the input mode of CONIN$ and the output mode of
 * CONOUT$ as `in=0x... out=0x...`, so that a run before and after the program shows whether
 * it left the console as it found it. */
#include <stdio.h>
#include <windows.h>

static DWORD mode_of(const char *name)
{
    HANDLE h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                           NULL, OPEN_EXISTING, 0, NULL);
    DWORD mode = 0;
    if (h == INVALID_HANDLE_VALUE || !GetConsoleMode(h, &mode)) {
        fprintf(stderr, "console-modes: cannot read the mode of %s (error %lu)\n", name,
                GetLastError());
        ExitProcess(1);
    }
    CloseHandle(h);
    return mode;
}

int main(void)
{
    DWORD in = mode_of("CONIN$");
    DWORD out = mode_of("CONOUT$");
    printf("in=0x%lx out=0x%lx\n", in, out);
    return 0;
}
