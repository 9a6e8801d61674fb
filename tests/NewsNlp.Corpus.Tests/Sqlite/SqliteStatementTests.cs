using Microsoft.Data.Sqlite;
using NewsNlp.Corpus.Sqlite;

namespace NewsNlp.Corpus.Tests.Sqlite;

/// <summary>The writer's compiled statements: results, NULLs, and SQLite's errors as Microsoft.Data.Sqlite reports them.</summary>
public sealed class SqliteStatementTests
{
    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using SqliteCommand create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, score REAL)";
        create.ExecuteNonQuery();
        return connection;
    }

    [Fact]
    public void Rows_are_written_read_back_and_counted()
    {
        using SqliteConnection connection = Open();
        using var insert = new SqliteStatement(connection, "INSERT INTO t (id, name, score) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
        using var read = new SqliteStatement(connection, "SELECT id FROM t WHERE name = ?1");
        using var max = new SqliteStatement(connection, "SELECT max(id) FROM t");

        Assert.Null(max.ReadInt64());
        Assert.Equal(1, insert.Bind(1, 7).Bind(2, "seven").Bind(3, 0.5).Execute());
        Assert.Equal(1, insert.Bind(1, 8).Bind(2, (string?)null).Bind(3, 1.5).Execute());
        Assert.Equal(0, insert.Bind(1, 9).Bind(2, "seven").Bind(3, 2.5).Execute());
        Assert.Equal(7, read.Bind(1, "seven").ReadInt64());
        Assert.Null(read.Bind(1, "nine").ReadInt64());
        Assert.Equal(8, max.ReadInt64());
    }

    [Fact]
    public void A_failing_step_is_an_sqlite_exception_and_the_statement_stays_usable()
    {
        using SqliteConnection connection = Open();
        using var insert = new SqliteStatement(connection, "INSERT INTO t (id, name) VALUES (?1, ?2)");
        insert.Bind(1, 1).Bind(2, "one").Execute();

        var ex = Assert.Throws<SqliteException>(() => insert.Bind(1, 2).Bind(2, "one").Execute());
        Assert.Equal(19, ex.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Contains("UNIQUE", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, insert.Bind(1, 2).Bind(2, "two").Execute());
    }

    [Fact]
    public void A_statement_that_does_not_compile_is_an_sqlite_exception()
    {
        using SqliteConnection connection = Open();
        Assert.Throws<SqliteException>(() => new SqliteStatement(connection, "INSERT INTO missing VALUES (?1)"));
    }
}
