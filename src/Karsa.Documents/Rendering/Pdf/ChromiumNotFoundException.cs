namespace Karsa.Documents.Rendering.Pdf;

/// <summary>No Chromium to print the PDF with; the message says where Karsa looked and how to install one.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    /// <summary>Creates the error, listing the places searched.</summary>
    public ChromiumNotFoundException(IEnumerable<string> searched)
        : base("No Chromium browser found to print the PDF (looked at: " + string.Join(", ", searched) + "). " +
            "Install it with `apt-get install chromium`, or set KARSA_CHROMIUM to the browser's path. DOCX and HTML need no browser.")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public ChromiumNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public ChromiumNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error with the default message.</summary>
    public ChromiumNotFoundException()
        : this([])
    {
    }
}

/// <summary>Chromium ran but gave no PDF (it failed, timed out or wrote nothing); the message holds its output.</summary>
public sealed class PdfPrintException : Exception
{
    /// <summary>Creates the error with a message.</summary>
    public PdfPrintException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public PdfPrintException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error with a default message.</summary>
    public PdfPrintException()
        : base("Chromium did not print the PDF.")
    {
    }
}
