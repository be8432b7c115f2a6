using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// On a <see cref="ConfigMapVolumeAttribute"/> or <see cref="SecretVolumeAttribute"/> class: projects the key
    /// <see cref="Key"/> to the file <see cref="Path"/>; with any item, only the listed keys appear (<c>items</c>).
    /// </summary>
    /// <example><c>[VolumeItem("nginx.conf", "nginx.conf")]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class VolumeItemAttribute : Attribute
    {
        /// <summary>Projects <paramref name="key"/> to <paramref name="path"/>.</summary>
        /// <param name="key">The ConfigMap or Secret key.</param>
        /// <param name="path">A relative path inside the volume, without <c>..</c>.</param>
        public VolumeItemAttribute(string key, string path)
        {
            Key = key;
            Path = path;
        }

        /// <summary>The key.</summary>
        public string Key { get; }

        /// <summary>The relative path of the file.</summary>
        public string Path { get; }

        /// <summary>The file's mode, octal as written (<c>"0400"</c>); when not set, the volume's <c>DefaultMode</c>.</summary>
        public string? Mode { get; set; }
    }
}
