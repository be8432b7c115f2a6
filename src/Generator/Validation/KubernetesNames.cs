using System.Linq;
using System.Text.RegularExpressions;

namespace Consort.Generator.Validation;

/// <summary>
/// The API server's name rules (apimachinery <c>IsDNS1123Label</c>, <c>IsDNS1123Subdomain</c>,
/// <c>IsValidPortName</c>). Each check returns null for a valid value, or what is wrong, in the API server's words.
/// </summary>
internal static class KubernetesNames
{
    public const int LabelMaxLength = 63;
    public const int SubdomainMaxLength = 253;
    public const int PortNameMaxLength = 15;

    private const string LabelRule =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name' or '123-abc')";

    private const string SubdomainRule =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";

    /// <summary>A port number the API server takes (<c>IsValidPortNum</c>): 1 to 65535.</summary>
    public static bool IsPortNumber(int value) => value is >= 1 and <= 65535;

    /// <summary>A ConfigMap or Secret key: alphanumerics, '-', '_' or '.', not '.' or '..' and not starting with '..'.</summary>
    public static string? CheckConfigMapKey(string key)
        => key.Length is > 0 and <= SubdomainMaxLength
           && key.All(static c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.')
           && key != "." && key != ".." && !key.StartsWith("..", System.StringComparison.Ordinal)
            ? null
            : "a key must consist of alphanumeric characters, '-', '_' or '.', and must not be '.', '..' or start with '..'";

    // The API server's iscsiInitiator*Regex: Go's RE2 classes are ASCII, and '$' ends the text.
    private static readonly Regex IscsiQualifiedName = new(@"iqn\.[0-9]{4}-[0-9]{2}\.([A-Za-z0-9.-]+)(:[^,;*&$|\t\n\f\r ]+)\z", RegexOptions.CultureInvariant);
    private static readonly Regex IscsiEui = new(@"^eui.[A-Za-z0-9]{16}\z", RegexOptions.CultureInvariant);
    private static readonly Regex IscsiNaa = new(@"^naa.[A-Za-z0-9]{32}\z", RegexOptions.CultureInvariant);

    /// <summary>An iSCSI target or initiator name (the API server's <c>validateISCSIVolumeSource</c>).</summary>
    public static string? CheckIscsiName(string value)
    {
        var regex = value.StartsWith("iqn", System.StringComparison.Ordinal) ? IscsiQualifiedName
            : value.StartsWith("eui", System.StringComparison.Ordinal) ? IscsiEui
            : value.StartsWith("naa", System.StringComparison.Ordinal) ? IscsiNaa
            : null;
        return regex is null ? "must start with iqn, eui or naa"
            : regex.IsMatch(value) ? null
            : regex == IscsiQualifiedName ? "must be iqn.YYYY-MM.reversed.domain:name, such as iqn.2001-04.com.example:storage"
            : regex == IscsiEui ? "must be eui. and 16 letters or digits"
            : "must be naa. and 32 letters or digits";
    }

    /// <summary>
    /// The name of an object of <paramref name="kind"/> in <paramref name="apiVersion"/>, by the rule its API type's
    /// validation applies: a Service's is a DNS-1035 label (<c>ValidateServiceName</c>), a Namespace's a DNS-1123 label
    /// (<c>ValidateNamespaceName</c>), the RBAC kinds' a path segment (<c>ValidateRBACName</c>, so <c>system:metrics</c>
    /// is a valid ClusterRole), and every other kind's a DNS-1123 subdomain.
    /// </summary>
    public static string? CheckObjectName(string apiVersion, string kind, string name)
        => (apiVersion, kind) switch
        {
            ("v1", "Service") => CheckDns1035Label(name),
            ("v1", "Namespace") => CheckDns1123Label(name),
            (_, "Role" or "ClusterRole" or "RoleBinding" or "ClusterRoleBinding") when apiVersion.StartsWith("rbac.authorization.k8s.io/", System.StringComparison.Ordinal) => CheckPathSegmentName(name),
            _ => CheckDns1123Subdomain(name),
        };

    /// <summary>A name that is one segment of a URL path (apimachinery <c>IsValidPathSegmentName</c>).</summary>
    public static string? CheckPathSegmentName(string name)
        => name is "." or ".." ? $"may not be '{name}'"
            : name.IndexOf('/') >= 0 ? "may not contain '/'"
            : name.IndexOf('%') >= 0 ? "may not contain '%'"
            : null;

    /// <summary>Container, volume and namespace names.</summary>
    public static string? CheckDns1123Label(string value)
    {
        if (value.Length == 0)
        {
            return "a name is required";
        }

        if (value.Length > LabelMaxLength)
        {
            return "must be no more than 63 characters";
        }

        if (!IsLabelShape(value, 0, value.Length))
        {
            return value.IndexOf('.') >= 0 ? LabelRule + "; it must not contain dots" : LabelRule;
        }

        return null;
    }

    /// <summary>Service names: a DNS-1123 label that starts with a letter (DNS-1035).</summary>
    public static string? CheckDns1035Label(string value)
        => CheckDns1123Label(value)
           ?? (value[0] is >= 'a' and <= 'z' ? null : "a DNS-1035 label (a Service name) must start with a lowercase letter");

    /// <summary>Object names (pods, deployments, ConfigMaps, Secrets, claims, service accounts).</summary>
    public static string? CheckDns1123Subdomain(string value)
    {
        if (value.Length == 0)
        {
            return "a name is required";
        }

        if (value.Length > SubdomainMaxLength)
        {
            return "must be no more than 253 characters";
        }

        var start = 0;
        while (start <= value.Length)
        {
            var end = value.IndexOf('.', start);
            if (end < 0)
            {
                end = value.Length;
            }

            if (!IsLabelShape(value, start, end))
            {
                return SubdomainRule;
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>
    /// Workload names: DNS-1123 subdomains that also fit in a label value (at most 63 characters), because the
    /// name is the pod template's <c>app.kubernetes.io/name</c> label.
    /// </summary>
    public static string? CheckWorkloadName(string value, bool isCronJob = false)
        => CheckDns1123Subdomain(value)
           ?? (isCronJob && value.Length > 52
               ? "a CronJob name must be no more than 52 characters, because its Jobs' names add 11"
               : value.Length > LabelMaxLength
               ? "must be no more than 63 characters, because it is also the value of the app.kubernetes.io/name label"
               : null);

    /// <summary>Port names (IANA_SVC_NAME).</summary>
    public static string? CheckPortName(string value)
    {
        if (value.Length == 0)
        {
            return "a port name must not be empty; leave Name unset for an unnamed port";
        }

        if (value.Length > PortNameMaxLength)
        {
            return "must be no more than 15 characters";
        }

        var hasLetter = false;
        foreach (var c in value)
        {
            if (c is >= 'a' and <= 'z')
            {
                hasLetter = true;
            }
            else if (c is not ((>= '0' and <= '9') or '-'))
            {
                return "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)";
            }
        }

        if (!hasLetter)
        {
            return "must contain at least one letter (a-z)";
        }

        if (value.Contains("--"))
        {
            return "must not contain consecutive hyphens";
        }

        if (value[0] == '-' || value[value.Length - 1] == '-')
        {
            return "must not begin or end with a hyphen";
        }

        return null;
    }

    private static bool IsLabelShape(string value, int start, int end)
    {
        if (end <= start || !IsAlphanumeric(value[start]) || !IsAlphanumeric(value[end - 1]))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!IsAlphanumeric(value[i]) && value[i] != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}
