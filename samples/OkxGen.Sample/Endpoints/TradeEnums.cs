using OkxGen;

namespace OkxGen.Sample.Endpoints;

/// <summary>Trade mode: <c>cash</c> for spot, <c>cross</c> or <c>isolated</c> margin.</summary>
public enum TradeMode
{
    Cash,
    Cross,
    Isolated,
    SpotIsolated,
}

/// <summary>Order side.</summary>
public enum OrderSide
{
    Buy,
    Sell,
}

/// <summary>Position side, for long/short mode.</summary>
public enum PositionSide
{
    Long,
    Short,
    Net,
}

/// <summary>Order type; the default wire value is the member name in lower snake case.</summary>
public enum OrderType
{
    Market,
    Limit,
    PostOnly,
    Fok,
    Ioc,
    OptimalLimitIoc,
    Mmp,
    MmpAndPostOnly,
    Elp,
}

/// <summary>Instrument type; OKX writes these in upper case, so each member names its wire value.</summary>
public enum InstrumentType
{
    [OkxValue("SPOT")] Spot,
    [OkxValue("MARGIN")] Margin,
    [OkxValue("SWAP")] Swap,
    [OkxValue("FUTURES")] Futures,
    [OkxValue("OPTION")] Option,
}

/// <summary>Margin mode of a position or a leverage setting.</summary>
public enum MarginMode
{
    Cross,
    Isolated,
}
