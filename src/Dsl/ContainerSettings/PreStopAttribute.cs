using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>Runs before the container is stopped (<c>lifecycle.preStop</c>), for example to let a load balancer drain it.</summary>
    /// <example><c>[PreStop("sh", "-c", "sleep 5")]</c> or <c>[PreStop(SleepSeconds = 5)]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class PreStopAttribute : LifecycleHookAttribute
    {
        /// <summary>Runs <paramref name="command"/>; with no command, give <see cref="LifecycleHookAttribute.SleepSeconds"/>.</summary>
        /// <param name="command">The program and its arguments.</param>
        public PreStopAttribute(params string[] command) : base(command) { }
    }
}
