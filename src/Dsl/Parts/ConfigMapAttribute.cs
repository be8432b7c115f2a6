using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A <c>v1</c> <c>ConfigMap</c> that ships with the workload, its content given by <c>[ConfigMapEntry]</c>s on the
    /// same nested <c>partial class</c>. By default its name gets a suffix computed from its content, as kustomize's
    /// <c>configMapGenerator</c> does, and every reference to it uses the suffixed name, so a change of content rolls
    /// the pods. The class is also a volume: mount it with <c>[Mount(typeof(TheClass), "/path")]</c>, or read it with
    /// <c>[EnvFrom(Source = typeof(TheClass))]</c>.
    /// </summary>
    /// <example><c>[ConfigMap(Name = "nginx-conf")] [ConfigMapEntry("nginx.conf", File = "config/nginx.conf")] partial class NginxConf;</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ConfigMapAttribute : Attribute
    {
        /// <summary>The ConfigMap's name, before the suffix. Default: the class name in kebab-case. The volume is named after the class.</summary>
        public string? Name { get; set; }

        /// <summary>
        /// Whether the name ends with a hash of the content (<c>nginx-conf-7g2hk9m5tb</c>); default true. Set false for
        /// a ConfigMap that a <c>ConfigReload</c> sidecar watches: a new name restarts the pods instead of reloading them.
        /// </summary>
        public bool HashSuffix { get; set; } = true;
    }
}
