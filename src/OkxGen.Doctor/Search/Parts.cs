using System;
using System.Text;

namespace OkxGen.Doctor.Search;

/// <summary>The four parts of a prehash as bytes; a mistake replaces one of them.</summary>
internal sealed class Parts
{
    private readonly byte[] _timestamp;
    private readonly byte[] _method;
    private readonly byte[] _target;
    private readonly byte[] _body;

    public Parts(OkxCapturedRequest request)
        : this(Encoding.UTF8.GetBytes(request.Timestamp), Encoding.UTF8.GetBytes(request.Method), Encoding.UTF8.GetBytes(request.RequestTarget), request.Body.ToArray())
    {
    }

    private Parts(byte[] timestamp, byte[] method, byte[] target, byte[] body)
    {
        _timestamp = timestamp;
        _method = method;
        _target = target;
        _body = body;
    }

    /// <summary>These parts with the one <paramref name="mistake"/> changes; a key mistake changes none.</summary>
    public Parts With(Mistake? mistake) => mistake?.Part switch
    {
        MistakePart.Timestamp => new Parts(mistake.Bytes, _method, _target, _body),
        MistakePart.Method => new Parts(_timestamp, mistake.Bytes, _target, _body),
        MistakePart.RequestTarget => new Parts(_timestamp, _method, mistake.Bytes, _body),
        MistakePart.Body => new Parts(_timestamp, _method, _target, mistake.Bytes),
        _ => this,
    };

    /// <summary>timestamp + METHOD + requestPath + body.</summary>
    public byte[] Concatenate() => [.. _timestamp, .. _method, .. _target, .. _body];

    /// <summary>The part that holds byte <paramref name="offset"/> of the concatenation, and the offset within it.</summary>
    public (OkxPrehashPart Part, int OffsetInPart) Locate(int offset)
    {
        if (offset < _timestamp.Length)
        {
            return (OkxPrehashPart.Timestamp, offset);
        }

        offset -= _timestamp.Length;
        if (offset < _method.Length)
        {
            return (OkxPrehashPart.Method, offset);
        }

        offset -= _method.Length;
        return offset < _target.Length ? (OkxPrehashPart.RequestTarget, offset) : (OkxPrehashPart.Body, offset - _target.Length);
    }
}
