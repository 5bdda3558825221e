using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Karsa.Application.Mail;

/// <summary>SMTP through MailKit, as <see cref="MailSettings"/> says.</summary>
public sealed class SmtpMailTransport(MailSettings settings) : IMailTransport
{
    /// <inheritdoc />
    public async Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            var security = Enum.TryParse<SecureSocketOptions>(settings.Security, ignoreCase: true, out var chosen) ? chosen : SecureSocketOptions.Auto;
            await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken).ConfigureAwait(false);
            if (settings.UserName.Length > 0)
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password, cancellationToken).ConfigureAwait(false);
            }

            return new Connection(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Connection(SmtpClient client) : IMailConnection
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true).ConfigureAwait(false);
                }
            }
            catch (Exception error) when (error is IOException or MailKit.ProtocolException or SmtpCommandException)
            {
                // Saying goodbye failed; every message was already accepted or marked failed.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
