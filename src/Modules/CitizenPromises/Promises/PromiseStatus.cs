namespace Trygghet.Modules.CitizenPromises.Promises;

internal enum PromiseStatus
{
    EjPaborjat,
    Pagar,
    Genomfort,
    Forsenat,
}
