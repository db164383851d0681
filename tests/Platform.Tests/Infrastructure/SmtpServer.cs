using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Platform.Tests.Infrastructure;

/// <summary>A real SMTP server for the test run: Debian's aiosmtpd (<c>python3-aiosmtpd</c>, installed by .ci/run) as a
/// child process on a free loopback port, storing every message it accepts in a maildir. It speaks plain SMTP only,
/// so the app under test must connect with <c>Mail:Smtp:UseStartTls=false</c> (see <see cref="AppSettings"/>).</summary>
public sealed class SmtpServer : IDisposable
{
    public const string Python = "/usr/bin/python3";
    public const string Host = "127.0.0.1";

    private readonly StringBuilder _log = new();
    private Process? _process;

    private SmtpServer(int port, string maildir)
    {
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    /// <summary>The maildir the server writes to (<c>new/</c> holds the delivered messages).</summary>
    public string Maildir { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The settings that point the platform's MailKit sender at this server.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AppSettings =>
    [
        new("Mail:Smtp:Host", Host),
        new("Mail:Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Mail:Smtp:UseStartTls", "false"),
        new("Mail:Smtp:UserName", ""),
        new("Mail:Smtp:Password", ""),
    ];

    public static async Task<SmtpServer> StartAsync()
    {
        var maildir = Path.Combine(Path.GetTempPath(), "platform-tests", "smtp-" + Guid.NewGuid().ToString("N"));
        var server = new SmtpServer(FreePort(), maildir);
        await server.RestartAsync();
        return server;
    }

    /// <summary>Stops the server: the port refuses connections until <see cref="RestartAsync"/>.</summary>
    public void Stop()
    {
        if (_process is null) return;
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts (again) on the same port and maildir, and waits until the port accepts connections.</summary>
    public async Task RestartAsync()
    {
        Stop();
        if (!File.Exists(Python))
            throw new InvalidOperationException($"{Python} is missing: install python3-aiosmtpd (apt-get install python3-aiosmtpd).");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"{Host}:{Port}", "-c", "refusing_mailbox.RefusingMailbox", Maildir },
        };
        start.Environment["PYTHONUNBUFFERED"] = "1";
        start.Environment["PYTHONPATH"] = WriteHandler();
        var process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException(
                    $"aiosmtpd exited with code {process.ExitCode} (is python3-aiosmtpd installed?):\n{Output}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Recipients whose address starts with this are refused for good (550), as a mail server does for an unknown
    /// mailbox: the sender sees a bounce at send time.</summary>
    public const string RefusedPrefix = "bounce-";

    /// <summary>aiosmtpd's Mailbox handler, refusing <see cref="RefusedPrefix"/> recipients; returns the folder to put on PYTHONPATH.</summary>
    private string WriteHandler()
    {
        var folder = Maildir + "-handler";
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "refusing_mailbox.py"),
            "from aiosmtpd.handlers import Mailbox\n\n" +
            "class RefusingMailbox(Mailbox):\n" +
            "    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):\n" +
            $"        if address.lower().startswith('{RefusedPrefix}'):\n" +
            "            return '550 5.1.1 Mailbox unavailable'\n" +
            "        envelope.rcpt_tos.append(address)\n" +
            "        return '250 OK'\n");
        return folder;
    }

    /// <summary>What aiosmtpd wrote to stdout and stderr, for failure messages.</summary>
    public string Output
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>Every message the server accepted, oldest first. aiosmtpd answers 250 only after the maildir has it.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return !Directory.Exists(folder)
            ? []
            : new DirectoryInfo(folder).GetFiles().OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => MimeMessage.Load(f.FullName)).ToList();
    }

    /// <summary>The messages delivered to one envelope recipient (aiosmtpd records the envelope in <c>X-RcptTo</c>).</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        Messages().Where(m => (m.Headers["X-RcptTo"] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(Maildir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        try { Directory.Delete(Maildir + "-handler", recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }
}
