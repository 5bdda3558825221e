using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Karsa.Web.Hosting;

/// <summary>
/// Optionally encrypts the data-protection keys kept in the database with a certificate
/// (<see cref="KarsaWebOptions.DataProtectionCertificate"/>, a PKCS#12 file with its private key): then
/// a copy of the database alone does not reveal them. Every server sharing the database needs the same
/// certificate.
/// </summary>
public static class KeyProtection
{
    /// <summary>Adds the certificate when one is configured; a missing or unreadable file stops the start with a clear message.</summary>
    public static IServiceCollection AddKeyProtection(this IServiceCollection services, KarsaWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DataProtectionCertificate.Length == 0)
        {
            return services;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(options.DataProtectionCertificate, options.DataProtectionCertificatePassword,
                X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new InvalidOperationException(
                $"Karsa:DataProtectionCertificate '{options.DataProtectionCertificate}' cannot be read ({error.Message}): give a PKCS#12 (.pfx) file with its private key, " +
                "and its password in Karsa:DataProtectionCertificatePassword.", error);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"Karsa:DataProtectionCertificate '{options.DataProtectionCertificate}' has no private key: export the certificate with it.");
        }

        services.AddDataProtection().ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return services;
    }
}
