using System;

namespace Consort
{
    /// <summary>
    /// The base of the volume attributes. A volume is a nested <c>partial class</c> of a workload; containers
    /// mount it with <c>[Mount(typeof(TheVolume), "/path")]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public abstract class VolumeAttribute : Attribute
    {
        /// <summary>The volume's name in the pod spec. Default: the class name in kebab-case (<c>AppLogs</c> → <c>app-logs</c>).</summary>
        public string? Name { get; set; }
    }
}
