namespace Trygghet.Modules.Governance.Minutes;

/// <summary>Lets one paragraph at a time take a number in this process, so two secretaries saving at once do not
/// race for the same § (which the unique index would refuse, with a failed command in the log). Across several
/// nodes the index still decides, and <see cref="MinutesWork"/> retries with the next number.</summary>
internal sealed class ParagraphNumberGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Release(_gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
