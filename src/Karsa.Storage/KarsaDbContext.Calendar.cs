using Karsa.Storage.Accounts;
using Karsa.Storage.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>The reporting calendar's part of the model: periods, in-app notifications and the reminders sent.</summary>
public abstract partial class KarsaDbContext
{
    /// <summary>Reporting periods of every region.</summary>
    public DbSet<ReportingPeriodRecord> ReportingPeriods => Set<ReportingPeriodRecord>();

    /// <summary>In-app notifications of every user.</summary>
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();

    /// <summary>Reminders that went out.</summary>
    public DbSet<ReminderSentRecord> RemindersSent => Set<ReminderSentRecord>();

    private static void ConfigureCalendar(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KarsaUser>().Property(u => u.Language).HasMaxLength(8);
        modelBuilder.Entity<ReportingPeriodRecord>(period =>
        {
            period.ToTable("reporting_periods");
            period.HasKey(p => p.Id);
            period.Property(p => p.RegionCode).HasMaxLength(16);
            period.Property(p => p.Name).HasMaxLength(Karsa.Monitoring.Calendar.ReportingPeriod.MaxNameLength);
            period.Property(p => p.ReminderDays).HasMaxLength(100);
            period.Property(p => p.UpdatedBy).HasMaxLength(200);
            period.HasIndex(p => new { p.RegionCode, p.FiscalYear, p.Name }).IsUnique();
            period.HasIndex(p => p.Due);
        });

        modelBuilder.Entity<NotificationRecord>(notification =>
        {
            notification.ToTable("notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.UserId).HasMaxLength(450);
            notification.Property(n => n.Kind).HasMaxLength(40);
            notification.Property(n => n.RegionCode).HasMaxLength(16);
            notification.Property(n => n.TextId).HasMaxLength(2000);
            notification.Property(n => n.TextEn).HasMaxLength(2000);
            notification.Property(n => n.Link).HasMaxLength(400);
            notification.HasIndex(n => new { n.UserId, n.ReadAt, n.Id });
            notification.HasOne<KarsaUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ReminderSentRecord>(sent =>
        {
            sent.ToTable(ReminderLedger.Table);
            sent.HasKey(s => s.Id);
            sent.Property(s => s.Id).HasColumnName("id");
            sent.Property(s => s.PeriodId).HasColumnName("period_id");
            sent.Property(s => s.UserId).HasColumnName("user_id").HasMaxLength(450);
            sent.Property(s => s.Kind).HasColumnName("kind").HasMaxLength(16);
            sent.Property(s => s.DaysBeforeDue).HasColumnName("days_before_due");
            sent.Property(s => s.SentAt).HasColumnName("sent_at");
            sent.HasIndex(s => new { s.PeriodId, s.UserId, s.DaysBeforeDue }).IsUnique();
            sent.HasOne<ReportingPeriodRecord>().WithMany().HasForeignKey(s => s.PeriodId).OnDelete(DeleteBehavior.Restrict);
            sent.HasOne<KarsaUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
