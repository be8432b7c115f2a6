using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A key of a <c>[ConfigMap]</c>, its value written here or read from a file of the project. Repeat it for more keys.
    /// </summary>
    /// <example><c>[ConfigMapEntry("LOG_LEVEL", "info")]</c>, <c>[ConfigMapEntry("nginx.conf", File = "config/nginx.conf")]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ConfigMapEntryAttribute : Attribute
    {
        /// <summary>A key whose value is the content of <see cref="File"/>.</summary>
        /// <param name="key">The key: letters, digits, '-', '_' and '.', such as <c>nginx.conf</c>; the file name when mounted.</param>
        public ConfigMapEntryAttribute(string key) => Key = key;

        /// <summary>A key with a literal value.</summary>
        /// <param name="key">The key: letters, digits, '-', '_' and '.', such as <c>LOG_LEVEL</c>.</param>
        /// <param name="value">The value.</param>
        public ConfigMapEntryAttribute(string key, string value)
            : this(key) => Value = value;

        /// <summary>The key.</summary>
        public string Key { get; }

        /// <summary>The literal value, when given.</summary>
        public string? Value { get; }

        /// <summary>
        /// A file whose content is the value, relative to the project directory, such as <c>config/nginx.conf</c>. It must
        /// be an <c>AdditionalFiles</c> item (<c>&lt;AdditionalFiles Include="config/**" /&gt;</c>), so that the compiler
        /// tracks it. A file that is not UTF-8 goes to the ConfigMap's <c>binaryData</c>.
        /// </summary>
        public string? File { get; set; }
    }
}
