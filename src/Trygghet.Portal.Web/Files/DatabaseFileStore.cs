using System.Data;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Files;

namespace Trygghet.Portal.Web.Files;

/// <summary>Files in PostgreSQL (files."StoredFiles"), on the scope's own connection: inside a transaction the scope
/// began (a module saving the row that refers to the file), the file is committed or rolled back with it. Content
/// is streamed in (a Stream parameter) and out (sequential access), never held whole by the portal.</summary>
internal sealed class DatabaseFileStore(PortalConnection connection, TimeProvider clock) : IFileStore
{
    private const string Table = $"{FilesDbContext.Schema}.\"StoredFiles\"";

    public async Task SaveAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(
            $"""
            INSERT INTO {Table} ("Path", "Content", "StoredAt") VALUES (@path, @content, @at)
            ON CONFLICT ("Path") DO UPDATE SET "Content" = excluded."Content", "StoredAt" = excluded."StoredAt"
            """, path, cancellationToken);
        command.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = content });
        command.Parameters.Add(new NpgsqlParameter("at", clock.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken)
    {
        var command = await CommandAsync($"SELECT \"Content\" FROM {Table} WHERE \"Path\" = @path", path, cancellationToken);
        var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            await reader.DisposeAsync();
            await command.DisposeAsync();
            return null;
        }

        return new ReaderStream(reader.GetStream(0), reader, command);
    }

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"DELETE FROM {Table} WHERE \"Path\" = @path", path, cancellationToken);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private async Task<NpgsqlCommand> CommandAsync(string sql, string path, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection.Connection;
        if (npgsql.State != ConnectionState.Open)
        {
            await npgsql.OpenAsync(cancellationToken);
        }

        // Npgsql runs every command of a connection in its open transaction, if there is one.
        var command = new NpgsqlCommand(sql, npgsql);
        command.Parameters.Add(new NpgsqlParameter("path", FileStorePath.Check(path)));
        return command;
    }

    /// <summary>The content stream, which owns the result it is read from.</summary>
    private sealed class ReaderStream(Stream inner, DbDataReader reader, DbCommand command) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await reader.DisposeAsync();
            await command.DisposeAsync();
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                reader.Dispose();
                command.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
