namespace Trygghet.Portal.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
