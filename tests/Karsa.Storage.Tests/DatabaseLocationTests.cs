namespace Karsa.Storage.Tests;

public sealed class DatabaseLocationTests
{
    [Fact]
    public void A_path_is_sqlite_and_a_connection_string_or_url_is_postgres()
    {
        var sqlite = DatabaseLocation.Parse("data/karsa.db");
        var keyValue = DatabaseLocation.Parse("Host=db.example;Database=karsa;Username=u;Password=p");
        var url = DatabaseLocation.Parse("postgres://planner:s3cret@db.example:5433/karsa");

        Assert.Equal(DatabaseProvider.Sqlite, sqlite.Provider);
        Assert.Equal(Path.GetFullPath("data/karsa.db"), sqlite.Display);
        Assert.Equal(DatabaseProvider.PostgreSql, keyValue.Provider);
        Assert.Equal(DatabaseProvider.PostgreSql, url.Provider);
        Assert.Contains("Port=5433", url.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("Username=planner", url.ConnectionString, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", url.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void No_value_means_the_default_file_in_the_data_folder()
    {
        var location = DatabaseLocation.Parse(null);

        Assert.Equal(DatabaseProvider.Sqlite, location.Provider);
        Assert.Equal(Path.GetFullPath(DatabaseLocation.DefaultSqlitePath), location.Display);
        Assert.EndsWith("karsa.db", location.Display, StringComparison.Ordinal);
    }
}

public sealed class DatabaseLocationErrorTests
{
    [Theory]
    [InlineData("Host=localhost;Usename=karsa;Database=karsa", "Usename")]
    [InlineData("Host=localhost;Port=notaport;Database=karsa", "Port")]
    public void A_wrong_postgres_keyword_or_value_is_named(string db, string keyword)
    {
        var error = Assert.Throws<StorageException>(() => DatabaseLocation.Parse(db));

        Assert.False(error.IsNotFound);
        Assert.Contains($"'{keyword}'", error.Text.English, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"'{keyword}'", error.Text.Indonesian, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("PostgreSQL", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_not_a_database_file()
    {
        var folder = Directory.CreateTempSubdirectory("karsa-folder").FullName;
        try
        {
            var error = Assert.Throws<StorageException>(() => DatabaseLocation.Parse(folder));

            Assert.Contains("folder", error.Text.English, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(folder, "karsa.db"), error.Text.English, StringComparison.Ordinal);
            Assert.Contains("folder", error.Text.Indonesian, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
