using System.Text;

namespace Karsa.Cli;

/// <summary>Writes files atomically: a temporary file beside the target, then a rename, so a crash never leaves half a file.</summary>
internal static class SafeFile
{
    public static async Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken)
    {
        await WriteAllBytesAsync(path, new UTF8Encoding(false).GetBytes(text), cancellationToken);
    }

    public static async Task WriteAllBytesAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp-" + Environment.ProcessId;
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
