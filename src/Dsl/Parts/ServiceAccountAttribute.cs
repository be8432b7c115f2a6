using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// The workload's own service account: a nested <c>partial class</c> that Consort emits as a <c>v1</c>
    /// <c>ServiceAccount</c> after the workload, and that the pods run as (<c>serviceAccountName</c>). At most one per
    /// workload, and not beside the workload attribute's <c>ServiceAccount = "..."</c>, which names an account that
    /// exists elsewhere.
    /// </summary>
    /// <example><c>[ServiceAccount(AutomountToken = false)] partial class Identity;</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ServiceAccountAttribute : Attribute
    {
        /// <summary>The account's name. Default: the class name in kebab-case (<c>Identity</c> → <c>identity</c>).</summary>
        public string? Name { get; set; }

        /// <summary>
        /// Whether pods that run as the account get its API token mounted (<c>automountServiceAccountToken</c>); when
        /// not set, the API server's default (mounted). A pod's own <c>AutomountServiceAccountToken</c> overrides it.
        /// </summary>
        public bool AutomountToken { get; set; }
    }
}
