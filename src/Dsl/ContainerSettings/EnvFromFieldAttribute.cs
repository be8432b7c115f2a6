using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>An environment variable set from a pod field through the downward API (<c>valueFrom.fieldRef</c>).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class EnvFromFieldAttribute : Attribute
    {
        /// <summary>Sets <paramref name="name"/> from a well-known pod field.</summary>
        /// <param name="name">The variable's name.</param>
        /// <param name="field">The field, such as <see cref="PodField.Name"/> (<c>metadata.name</c>).</param>
        public EnvFromFieldAttribute(string name, PodField field)
        {
            Name = name;
            Field = field;
        }

        /// <summary>Sets <paramref name="name"/> from a field path.</summary>
        /// <param name="name">The variable's name.</param>
        /// <param name="fieldPath">The field path, such as <c>metadata.labels['app']</c>.</param>
        public EnvFromFieldAttribute(string name, string fieldPath)
        {
            Name = name;
            FieldPath = fieldPath;
        }

        /// <summary>The variable's name.</summary>
        public string Name { get; }

        /// <summary>The well-known field, when given as a <see cref="PodField"/>.</summary>
        public PodField? Field { get; }

        /// <summary>The field path, when given as a string.</summary>
        public string? FieldPath { get; }
    }
}
