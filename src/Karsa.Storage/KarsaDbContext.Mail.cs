using Karsa.Storage.Mail;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>The e-mail outbox's part of the model.</summary>
public abstract partial class KarsaDbContext
{
    /// <summary>E-mails waiting to be sent, and those sent.</summary>
    public DbSet<OutboxMailRecord> OutboxMails => Set<OutboxMailRecord>();

    private static void ConfigureMail(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<OutboxMailRecord>(mail =>
        {
            mail.ToTable("outbox_mails");
            mail.HasKey(m => m.Id);
            mail.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
            mail.Property(m => m.Kind).HasMaxLength(40);
            mail.Property(m => m.RegionCode).HasMaxLength(16);
            mail.Property(m => m.To).HasMaxLength(320);
            mail.Property(m => m.ToName).HasMaxLength(200);
            mail.Property(m => m.Subject).HasMaxLength(400);
            mail.Property(m => m.ClaimedBy).HasMaxLength(200);
            mail.Property(m => m.LastError).HasMaxLength(2000);
        });
}
