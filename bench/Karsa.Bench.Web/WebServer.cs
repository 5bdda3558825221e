using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Karsa.Application.Access;
using Karsa.Storage;
using Karsa.Storage.Accounts;
using Karsa.Web.Accounts;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Karsa.Bench.Web;

/// <summary>The web app as its own process (Release build, Production settings) on a database, and a signed-in user's cookie.</summary>
internal sealed partial class WebServer : IAsyncDisposable
{
    private const string Password = "bench-sandi-12345";
    private readonly Process _process;
    private readonly StreamWriter _log;

    private WebServer(Process process, Uri address, string logFile, StreamWriter log) => (_process, Address, LogFile, _log) = (process, address, logFile, log);

    /// <summary>The file the web process's standard output and error are written to (its exceptions explain a 500).</summary>
    public string LogFile { get; }

    /// <summary>Where it listens.</summary>
    public Uri Address { get; }

    /// <summary>The CPU time the web process has used so far (all its threads), to divide by the requests it answered.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Creates the evaluator account on <paramref name="database"/> (through the app's own Identity services).</summary>
    public static async Task CreateEvaluatorAsync(string database, string userName)
    {
        await using var app = KarsaWebApp.Build([$"--Karsa:Database={database}", "--Karsa:LoadSample=false"]);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KarsaUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var created = await users.CreateAsync(new KarsaUser
        {
            UserName = userName,
            DisplayName = userName,
            Role = nameof(Role.MinistryEvaluator),
            CreatedAt = DateTimeOffset.UtcNow,
        }, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>A new personal API token of <paramref name="userName"/> on <paramref name="database"/>, valid for a day (stored hashed, as the app stores tokens).</summary>
    public static async Task<string> CreateTokenAsync(string database, string userName)
    {
        await using var app = KarsaWebApp.Build([$"--Karsa:Database={database}", "--Karsa:LoadSample=false"]);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<KarsaUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No user {userName}");
        var token = ApiTokenHashing.NewToken();
        var context = scope.ServiceProvider.GetRequiredService<KarsaDbContext>();
        context.ApiTokens.Add(new ApiTokenRecord
        {
            Id = Guid.NewGuid(),
            UserId = user.Id,
            Name = "bench",
            Prefix = ApiTokenHashing.Prefix(token),
            Hash = ApiTokenHashing.Hash(token),
            CreatedAt = DateTimeOffset.UtcNow,
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
        });
        await context.SaveChangesAsync();
        return token;
    }

    /// <summary>Starts <c>Karsa.Web.dll</c> from <paramref name="webFolder"/> on <paramref name="address"/> and waits until /healthz answers.</summary>
    public static async Task<WebServer> StartAsync(string webFolder, string dll, string database, Uri address)
    {
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = webFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Karsa__Database"] = database;
        start.Environment["Karsa__LoadSample"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var logFile = Path.Combine(Path.GetTempPath(), $"karsa-bench-web-{address.Port}.log");
        var log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (log)
                {
                    log.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Console.WriteLine($"  web app log: {logFile}");
        var server = new WebServer(process, address, logFile, log);
        using var client = new HttpClient { BaseAddress = address };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(500);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("The web app did not answer /healthz within two minutes.");
    }

    /// <summary>Signs <paramref name="userName"/> in through the sign-in page and returns the Cookie header to send.</summary>
    public async Task<RequestHeader> SignInAsync(string userName)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = Address };
        var form = await client.GetStringAsync(new Uri("/masuk", UriKind.Relative));
        var token = WebUtility.HtmlDecode(TokenPattern().Match(form).Groups[1].Value);
        var answer = await client.PostAsync(new Uri("/masuk", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (answer.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {answer.StatusCode}");
        }

        return new RequestHeader("Cookie", string.Join("; ", cookies.GetCookies(Address).Select(c => $"{c.Name}={c.Value}")));
    }

    /// <summary>The last <paramref name="lines"/> lines the web process wrote.</summary>
    public string Tail(int lines)
    {
        lock (_log)
        {
            using var reader = new StreamReader(new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
