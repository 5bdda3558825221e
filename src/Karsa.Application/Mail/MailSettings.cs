namespace Karsa.Application.Mail;

/// <summary>How the outbox's mails leave: the SMTP server (configuration section <c>Karsa:Mail</c>).</summary>
public sealed class MailSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Karsa:Mail";

    /// <summary>The SMTP server's host name; empty means mail is not set up and mails wait in the outbox.</summary>
    public string Host { get; set; } = "";

    /// <summary>The SMTP server's port.</summary>
    public int Port { get; set; } = 587;

    /// <summary>"Auto" (STARTTLS when offered), "StartTls" (required), "SslOnConnect" (port 465) or "None".</summary>
    public string Security { get; set; } = "Auto";

    /// <summary>The account to sign in with, if the server asks for one.</summary>
    public string UserName { get; set; } = "";

    /// <summary>That account's password.</summary>
    public string Password { get; set; } = "";

    /// <summary>The sender's address, e.g. <c>karsa@karanganyarkab.go.id</c>.</summary>
    public string FromAddress { get; set; } = "karsa@localhost";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Karsa";

    /// <summary>How long one connection or send may take before it counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How many mails one delivery run takes at most.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Whether a server is configured at all.</summary>
    public bool Configured => Host.Length > 0;
}
