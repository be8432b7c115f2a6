using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A volume with a token of the pod's service account, issued for one audience and renewed by the kubelet before
    /// it expires: how a pod proves who it is to Vault, SPIRE or a cloud's identity service (a <c>projected</c> volume
    /// with a <c>serviceAccountToken</c> source).
    /// </summary>
    /// <example><c>[ServiceAccountTokenVolume("token", Audience = "vault", ExpirationSeconds = 7200)]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ServiceAccountTokenVolumeAttribute : VolumeAttribute
    {
        /// <summary>Declares the volume.</summary>
        /// <param name="path">The token file's path inside the volume, such as <c>token</c>.</param>
        public ServiceAccountTokenVolumeAttribute(string path) => Path = path;

        /// <summary>The token file's path inside the volume.</summary>
        public string Path { get; }

        /// <summary>Who the token is for (its <c>aud</c> claim); when not set, the API server's own audience.</summary>
        public string? Audience { get; set; }

        /// <summary>How long a token is valid, at least 600 seconds (the API server's default: 3600).</summary>
        public long ExpirationSeconds { get; set; } = 3600;
    }
}
