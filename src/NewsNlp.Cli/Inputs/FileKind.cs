using System.Runtime.InteropServices;

namespace NewsNlp.Cli.Inputs;

/// <summary>What a path names, as far as reading an article is concerned.</summary>
internal enum FileKind
{
    /// <summary>A regular file (or a type this platform cannot tell apart from one).</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe: opening it waits for a writer.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix-domain socket.</summary>
    Socket,

    /// <summary>Nothing there (or a dangling symbolic link).</summary>
    Missing,
}

/// <summary>
/// Tells regular files from FIFOs, devices and sockets, which .NET's file APIs do not distinguish (a FIFO reports
/// <see cref="FileAttributes.Normal"/> and length 0, and opening it blocks until something writes to it). On Linux this
/// asks the kernel with <c>statx</c> (following symbolic links); elsewhere every existing non-folder counts as regular.
/// </summary>
internal static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int TypeMask = 0xF000;

    /// <summary>The kind of <paramref name="path"/>.</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && TryStatxMode(path, out int mode))
        {
            return (mode & TypeMask) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.Regular,
            };
        }

        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>How a kind is named in messages ("a FIFO (named pipe)").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "missing",
    };

    private static bool TryStatxMode(string path, out int mode)
    {
        mode = 0;
        byte[] buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                // ENOENT (also a dangling link) and other errors: let the caller's File/Directory checks decide.
                return false;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        mode = BitConverter.ToUInt16(buffer, StatxModeOffset);
        return true;
    }

    // int statx(int dirfd, const char *pathname, int flags, unsigned int mask, struct statx *statxbuf); glibc >= 2.28.
    // struct statx has the same layout on every Linux architecture; stx_mode is the __u16 at byte 28.
    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
