using System.Globalization;

namespace Consort.Generator.Manifest;

/// <summary>The value <c>[EnvFromService]</c> writes: how a workload reaches a Service, as Kubernetes DNS resolves it.</summary>
internal static class ServiceAddress
{
    /// <summary>
    /// <c>service:port</c>, or <c>service.namespace.svc:port</c> when the Service is in another namespace than the
    /// workload that reads it; after <c>scheme://</c> when a scheme is given.
    /// </summary>
    public static string Format(string service, string? serviceNamespace, string? readerNamespace, int port, string? scheme)
    {
        // A workload without a namespace goes where the other is applied: the short name resolves there.
        var host = serviceNamespace is { } ns && ns != readerNamespace ? $"{service}.{ns}.svc" : service;
        var address = host + ":" + port.ToString(CultureInfo.InvariantCulture);
        return scheme is null ? address : scheme + "://" + address;
    }
}
