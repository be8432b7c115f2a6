using System;

namespace Consort
{
    /// <summary>
    /// The base of <see cref="PreStopAttribute"/> and <see cref="PostStartAttribute"/>: a command to run in the
    /// container, or a pause (<see cref="SleepSeconds"/>, Kubernetes 1.30 and later).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public abstract class LifecycleHookAttribute : Attribute
    {
        /// <summary>Runs <paramref name="command"/> (no shell: wrap it in <c>sh -c</c> for one); with no command, give <see cref="SleepSeconds"/>.</summary>
        /// <param name="command">The program and its arguments.</param>
        protected LifecycleHookAttribute(string[] command) => Command = command;

        /// <summary>The program and its arguments; empty for a pause.</summary>
        public string[] Command { get; }

        /// <summary>Seconds to pause instead of running a command (the <c>sleep</c> action, Kubernetes 1.30 and later).</summary>
        public long SleepSeconds { get; set; }
    }
}
