namespace NewsNlp.Orleans.Tests;

/// <summary>
/// The PostgreSQL database the ADO.NET tests use: NEWSNLP_ORLEANS_PG (set by .ci/run after it installed and started
/// PostgreSQL and ran the Orleans scripts). Unset means the tests skip with <see cref="SkipReason"/>.
/// </summary>
internal static class PostgresDatabase
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("NEWSNLP_ORLEANS_PG") is { Length: > 0 } cs ? cs : null;

    public const string SkipReason =
        "NEWSNLP_ORLEANS_PG is not set: no PostgreSQL with the Orleans ADO.NET scripts here (.ci/run installs and starts one when it runs as root with apt-get)";
}
