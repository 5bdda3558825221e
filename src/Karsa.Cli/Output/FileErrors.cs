namespace Karsa.Cli.Output;

/// <summary>A file system failure in the user's language (the framework's texts are English), naming the path when it is known.</summary>
internal static class FileErrors
{
    /// <summary>One line: what failed, where, and what to do.</summary>
    public static string Describe(Exception problem, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem switch
        {
            FileNotFoundException { FileName: { } file } => context.T(
                $"Berkas tidak ditemukan: {file}. Periksa jalur dan nama berkasnya.", $"File not found: {file}. Check its path and name."),
            FileNotFoundException or DirectoryNotFoundException => context.T(
                "Berkas atau folder tidak ditemukan. Periksa jalurnya; folder tujuan harus sudah ada.",
                "A file or folder was not found. Check the path; the target folder must exist."),
            UnauthorizedAccessException => context.T(
                "Tidak ada izin membaca atau menulis berkas itu (atau jalurnya sebuah folder). Pilih lokasi lain atau periksa izinnya.",
                "No permission to read or write that file (or the path is a folder). Choose another place or check its permissions."),
            PathTooLongException => context.T("Jalur berkas terlalu panjang.", "The file path is too long."),
            _ when IsDiskFull(problem) => context.T("Disk penuh: kosongkan ruang lalu ulangi.", "The disk is full: free some space and try again."),
            _ => context.T("Berkas tidak dapat dibaca atau ditulis (galat sistem ", "A file cannot be read or written (system error ")
                 + $"0x{problem.HResult:X8}).",
        };
    }

    // ENOSPC on Linux, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.
    private static bool IsDiskFull(Exception problem) => (problem.HResult & 0xFFFF) is 28 or 0x70 or 0x27;
}
