using OkxGen;

namespace OkxGen.IntegrationTests.Endpoints;

/// <summary>Trade mode; no member names its wire value, so each is written in lower snake case.</summary>
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

/// <summary>Order type; multi-word members exercise the snake_case rule.</summary>
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
