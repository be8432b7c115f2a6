using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>Runs right after the container starts (<c>lifecycle.postStart</c>); the container is not ready until it ends.</summary>
    /// <example><c>[PostStart("sh", "-c", "echo started")]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class PostStartAttribute : LifecycleHookAttribute
    {
        /// <summary>Runs <paramref name="command"/>; with no command, give <see cref="LifecycleHookAttribute.SleepSeconds"/>.</summary>
        /// <param name="command">The program and its arguments.</param>
        public PostStartAttribute(params string[] command) : base(command) { }
    }
}
