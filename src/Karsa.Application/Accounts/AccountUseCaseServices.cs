using Karsa.Application.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Karsa.Application.Accounts;

/// <summary>Registers the account, token and audit use cases (scoped: they share the request's database context with Identity).</summary>
public static class AccountUseCaseServices
{
    /// <summary>Adds <see cref="AccountUseCases"/>, <see cref="TokenUseCases"/> and <see cref="AuditUseCases"/>.</summary>
    public static IServiceCollection AddKarsaAccountUseCases(this IServiceCollection services)
    {
        services.AddScoped<AccountUseCases>();
        services.AddScoped<TokenUseCases>();
        services.AddScoped<AuditUseCases>();
        return services;
    }
}
