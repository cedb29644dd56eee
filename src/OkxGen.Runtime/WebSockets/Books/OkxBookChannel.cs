namespace OkxGen.WebSockets;

/// <summary>OKX's order book channels.</summary>
public enum OkxBookChannel
{
    /// <summary><c>books</c>: 400 levels, a snapshot then updates every 100 ms.</summary>
    Books,

    /// <summary><c>books5</c>: 5 levels, a snapshot every 100 ms when they change.</summary>
    Books5,

    /// <summary><c>bbo-tbt</c>: the best bid and ask, a snapshot every 10 ms when they change.</summary>
    BboTbt,

    /// <summary><c>books-l2-tbt</c>: 400 levels, a snapshot then updates every 10 ms (VIP4 and above, after a login).</summary>
    BooksL2Tbt,

    /// <summary><c>books50-l2-tbt</c>: 50 levels, a snapshot then updates every 10 ms (VIP4 and above, after a login).</summary>
    Books50L2Tbt,
}
