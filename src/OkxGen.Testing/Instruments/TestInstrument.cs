namespace OkxGen.Testing.Instruments;

/// <summary>
/// One instrument the server lists in <c>GET /api/v5/public/instruments</c>: the fields that differ by instrument; the others are
/// written by <see cref="InstrumentWriter"/>. Fields OKX documents as "only applicable to" other types are empty strings.
/// </summary>
internal sealed record TestInstrument(
    string InstType,
    string InstId,
    string Uly,
    string BaseCcy,
    string QuoteCcy,
    string SettleCcy,
    string CtType,
    string CtVal,
    string CtValCcy,
    string OptType,
    string Stk,
    string ExpTime,
    string Lever,
    string TickSz,
    string LotSz,
    string MinSz,
    string GroupId,
    long InstIdCode)
{
    /// <summary>OKX's instrument family: the underlying for margin and derivatives, empty for spot.</summary>
    public string InstFamily => Uly;
}
