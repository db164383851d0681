using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Platform.Tests.Infrastructure;

/// <summary>A real IMAP server for the test run: Debian's Dovecot (<c>dovecot-imapd</c>, installed by .ci/run) as a child
/// process with a generated configuration in a temporary folder: loopback, a free port, plain IMAP (no TLS), one account in
/// a passwd-file, maildir in the folder. It runs as the current user; as root, Dovecot's own unprivileged users
/// (<c>dovenull</c>, <c>dovecot</c>) serve logins and the mailbox, because Dovecot refuses root for them.</summary>
public sealed class ImapServer : IDisposable
{
    public const string Dovecot = "/usr/sbin/dovecot";
    public const string Host = "127.0.0.1";
    public const string Account = "servicedesk@digitaal.test";
    public const string ProcessedFolder = "Verwerkt";

    private readonly string _root;
    private readonly StringBuilder _log = new();
    private Process? _process;

    private ImapServer(int port, string root)
    {
        Port = port;
        _root = root;
    }

    public int Port { get; }

    public string Password { get; } = "pw-" + Guid.NewGuid().ToString("N");

    /// <summary>The settings that point the platform's intake at this server.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AppSettings =>
    [
        new("ServiceDesk:Intake:Host", Host),
        new("ServiceDesk:Intake:Port", Port.ToString(CultureInfo.InvariantCulture)),
        new("ServiceDesk:Intake:Tls", "None"),
        new("ServiceDesk:Intake:UserName", Account),
        new("ServiceDesk:Intake:Password", Password),
        new("ServiceDesk:Intake:Folder", "INBOX"),
        new("ServiceDesk:Intake:ProcessedFolder", ProcessedFolder),
    ];

    public static async Task<ImapServer> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "platform-tests", "imap-" + Guid.NewGuid().ToString("N"));
        var server = new ImapServer(FreePort(), root);
        server.WriteConfig();
        await server.RestartAsync();
        return server;
    }

    /// <summary>Stops the server: the port refuses connections until <see cref="RestartAsync"/>; the mail is kept.</summary>
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
        // A killed master leaves its pid file; Dovecot then refuses to start ("already running") unless it is removed.
        try { File.Delete(Path.Combine(_root, "run", "master.pid")); } catch (IOException) { }
    }

    public async Task RestartAsync()
    {
        Stop();
        if (!File.Exists(Dovecot))
            throw new InvalidOperationException($"{Dovecot} is missing: install dovecot-imapd (apt-get install dovecot-imapd).");
        var start = new ProcessStartInfo(Dovecot)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            ArgumentList = { "-F", "-c", Path.Combine(_root, "dovecot.conf") },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dovecot did not start.");
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"dovecot exited with code {process.ExitCode}:\n{Output}");
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

    /// <summary>Puts a message in a folder with IMAP APPEND, as a mail server delivering it would; <paramref name="received"/>
    /// becomes its INTERNALDATE.</summary>
    public async Task AppendAsync(MimeMessage message, DateTimeOffset received, string folder = "INBOX")
    {
        using var client = await ConnectAsync();
        var target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        await target.AppendAsync(new AppendRequest(message, MessageFlags.None, received));
        await client.DisconnectAsync(true);
    }

    /// <summary>Appends raw bytes (malformed MIME included) as they are.</summary>
    public async Task AppendRawAsync(byte[] raw, DateTimeOffset received)
    {
        using var client = await ConnectAsync();
        using var stream = new MemoryStream(raw);
        var message = await MimeMessage.LoadAsync(stream);
        await client.Inbox.AppendAsync(new AppendRequest(message, MessageFlags.None, received));
        await client.DisconnectAsync(true);
    }

    /// <summary>How many messages a folder holds (0 when it does not exist).</summary>
    public async Task<int> CountAsync(string folder = "INBOX")
    {
        using var client = await ConnectAsync();
        IMailFolder target;
        try
        {
            target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        }
        catch (FolderNotFoundException)
        {
            return 0;
        }
        await target.OpenAsync(FolderAccess.ReadOnly);
        var count = target.Count;
        await client.DisconnectAsync(true);
        return count;
    }

    public string Output
    {
        get { lock (_log) return _log + ReadLog(); }
    }

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient { Timeout = 10_000 };
        await client.ConnectAsync(Host, Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(Account, Password);
        return client;
    }

    private void WriteConfig()
    {
        Directory.CreateDirectory(_root);
        foreach (var sub in new[] { "run", "state", "mail" }) Directory.CreateDirectory(Path.Combine(_root, sub));
        var root = getuid() == 0;
        var user = root ? "dovecot" : Environment.UserName;
        var loginUser = root ? "dovenull" : Environment.UserName;
        var mailUid = root ? "dovecot" : getuid().ToString(CultureInfo.InvariantCulture);
        var mailGid = root ? "dovecot" : getgid().ToString(CultureInfo.InvariantCulture);
        if (root && !OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(_root, "mail"), (UnixFileMode)0x1FF); // the mailbox user writes below it
        File.WriteAllText(Path.Combine(_root, "passwd"), $"{Account}:{{PLAIN}}{Password}\n");
        File.WriteAllText(Path.Combine(_root, "dovecot.conf"), $$"""
            base_dir = {{_root}}/run
            state_dir = {{_root}}/state
            log_path = {{_root}}/dovecot.log
            protocols = imap
            listen = {{Host}}
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            mail_location = maildir:{{_root}}/mail/%u
            default_internal_user = {{user}}
            default_internal_group = {{(root ? "dovecot" : mailGid)}}
            default_login_user = {{loginUser}}
            first_valid_uid = 0
            first_valid_gid = 0
            service imap-login {
              inet_listener imap {
                address = {{Host}}
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
              chroot =
            }
            service anvil {
              chroot =
            }
            service stats {
              chroot =
            }
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{_root}}/passwd
            }
            userdb {
              driver = static
              args = uid={{mailUid}} gid={{mailGid}} home={{_root}}/mail/%u
            }
            namespace inbox {
              inbox = yes
              separator = /
            }
            """);
    }

    private string ReadLog()
    {
        try { return File.ReadAllText(Path.Combine(_root, "dovecot.log")); } catch (IOException) { return ""; }
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

    [DllImport("libc", SetLastError = false)]
    private static extern uint getuid();

    [DllImport("libc", SetLastError = false)]
    private static extern uint getgid();
}
