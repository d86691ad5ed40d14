using System.Text;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>A small RFC 5545 reader for the tests: checks the wire format (CRLF only, lines folded at 75
/// octets, BEGIN/END balanced) and unfolds the content into components with their properties.</summary>
internal static class ICalendarCheck
{
    public sealed record Component(string Name, List<(string Name, string Parameters, string Value)> Properties, List<Component> Children)
    {
        public string? Value(string name) => Properties.FirstOrDefault(p => p.Name == name).Value;

        public string? Parameters(string name) => Properties.FirstOrDefault(p => p.Name == name).Parameters;
    }

    public static Component Parse(string text)
    {
        Assert.DoesNotContain('\n', text.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain('\r', text.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var physical = text[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"Line longer than 75 octets: {line}");
        }

        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }

        var stack = new Stack<Component>();
        Component? root = null;
        foreach (var line in logical)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            Assert.True(colon > 0, $"No name in line: {line}");
            var head = line[..colon];
            var value = line[(colon + 1)..];
            var semicolon = head.IndexOf(';', StringComparison.Ordinal);
            var name = semicolon < 0 ? head : head[..semicolon];
            var parameters = semicolon < 0 ? string.Empty : head[(semicolon + 1)..];
            if (name == "BEGIN")
            {
                var component = new Component(value, [], []);
                if (stack.Count > 0)
                {
                    stack.Peek().Children.Add(component);
                }

                stack.Push(component);
            }
            else if (name == "END")
            {
                Assert.True(stack.Count > 0 && stack.Peek().Name == value, $"END:{value} does not close the open component");
                root = stack.Pop();
            }
            else
            {
                Assert.True(stack.Count > 0, $"Property outside any component: {line}");
                stack.Peek().Properties.Add((name, parameters, value));
            }
        }

        Assert.Empty(stack);
        Assert.NotNull(root);
        Assert.Equal("VCALENDAR", root.Name);
        return root;
    }
}
