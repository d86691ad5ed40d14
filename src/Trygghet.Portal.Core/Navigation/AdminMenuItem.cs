namespace Trygghet.Portal.Core.Navigation;

/// <summary>One entry in the back-office navigation. <paramref name="Permission"/> decides who sees it.</summary>
public sealed record AdminMenuItem(string Section, string Text, string Url, string Permission, int Order = 0);
