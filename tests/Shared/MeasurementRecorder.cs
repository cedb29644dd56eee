using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;

namespace OkxGen.TestSupport;

/// <summary>One measurement of an OkxGen instrument: its name and unit, the value, and its tags.</summary>
internal sealed record RecordedMeasurement(string Instrument, string Unit, double Value, Dictionary<string, object?> Tags);

/// <summary>
/// Listens to instruments of the <c>OkxGen</c> meter by name, as an OpenTelemetry exporter does, and keeps what they
/// record. (One copy, linked into each test project that checks metrics.)
/// </summary>
internal sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();

    public MeasurementRecorder(params string[] instrumentNames)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "OkxGen" && instrumentNames.Contains(instrument.Name))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Gets what was recorded so far, in order.</summary>
    public IReadOnlyList<RecordedMeasurement> Measurements => _measurements.ToArray();

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var tagDictionary = new Dictionary<string, object?>();
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            tagDictionary.Add(tag.Key, tag.Value);
        }

        _measurements.Enqueue(new RecordedMeasurement(instrument.Name, instrument.Unit ?? "", value, tagDictionary));
    }
}
