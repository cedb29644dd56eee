using System;
using System.Security.Cryptography;
using System.Text;

namespace Acme.Crypto;

/// <summary>A generic HMAC helper, shared by every exchange the bot trades on: no OKX marker of its own.</summary>
public static class HmacSigner
{
    public static string Sign(string secret, string message)
    {
        byte[] hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message));
        return Convert.ToBase64String(hash);
    }
}
