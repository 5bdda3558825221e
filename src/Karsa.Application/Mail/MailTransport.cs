using MimeKit;

namespace Karsa.Application.Mail;

/// <summary>Sends messages over one connection to a mail server (<see cref="SmtpMailTransport"/>; tests may fake it).</summary>
public interface IMailTransport
{
    /// <summary>Connects (and signs in); throws when the server cannot be reached.</summary>
    Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken);
}

/// <summary>An open connection to a mail server; disposing it says goodbye.</summary>
public interface IMailConnection : IAsyncDisposable
{
    /// <summary>Sends one message; throws when the server refuses it or the connection fails.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
