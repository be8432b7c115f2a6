using System.Text;

namespace Consort.Build;

/// <summary>A small line diff for build messages: the lines only one side has, marked - and +, with line numbers.</summary>
internal static class LineDiff
{
    public static string Unified(string before, string after)
    {
        var left = before.Split('\n');
        var right = after.Split('\n');

        // Longest common subsequence over lines; manifests are small enough for the quadratic table.
        var lcs = new int[left.Length + 1, right.Length + 1];
        for (var i = left.Length - 1; i >= 0; i--)
        {
            for (var j = right.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = left[i] == right[j] ? lcs[i + 1, j + 1] + 1 : System.Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var text = new StringBuilder();
        int a = 0, b = 0;
        while (a < left.Length || b < right.Length)
        {
            if (a < left.Length && b < right.Length && left[a] == right[b])
            {
                a++;
                b++;
            }
            else if (b < right.Length && (a == left.Length || lcs[a, b + 1] >= lcs[a + 1, b]))
            {
                text.Append("+ ").Append(b + 1).Append(": ").Append(right[b++]).Append('\n');
            }
            else
            {
                text.Append("- ").Append(a + 1).Append(": ").Append(left[a++]).Append('\n');
            }
        }

        return text.ToString();
    }
}
