using Karsa.Domain.Plans;
using Karsa.Storage.Heads;

namespace Karsa.Storage.Tests;

/// <summary>The in-memory heads never serve an answer that a change may have made stale.</summary>
public sealed class VersionHeadCacheTests
{
    private static readonly VersionHeadCache.HeadKey Key = new("33.13", true, null);
    private static readonly VersionHead Head = new(1, PlanState.Published, "hash-1");

    [Fact]
    public void Nothing_is_kept_or_served_while_no_feed_listens()
    {
        var cache = new VersionHeadCache();

        cache.Keep(Key, Head, cache.Take("33.13"));

        Assert.False(cache.TryGet(Key, out _));
    }

    [Fact]
    public void An_answer_read_while_live_is_served_until_its_region_changes()
    {
        var cache = new VersionHeadCache();
        cache.GoLive();

        cache.Keep(Key, Head, cache.Take("33.13"));
        Assert.True(cache.TryGet(Key, out var kept));
        Assert.Equal(Head, kept);

        cache.Changed("33.14");
        Assert.True(cache.TryGet(Key, out _));
        cache.Changed("33.13");
        Assert.False(cache.TryGet(Key, out _));
    }

    [Fact]
    public void An_answer_whose_region_changed_during_the_read_is_not_kept()
    {
        var cache = new VersionHeadCache();
        cache.GoLive();

        var ticket = cache.Take("33.13");
        cache.Changed("33.13");
        cache.Keep(Key, Head, ticket);

        Assert.False(cache.TryGet(Key, out _));
    }

    [Fact]
    public void An_answer_read_before_the_feed_went_live_or_across_a_reconnect_is_not_kept()
    {
        var cache = new VersionHeadCache();
        var beforeLive = cache.Take("33.13");
        cache.GoLive();
        cache.Keep(Key, Head, beforeLive);
        Assert.False(cache.TryGet(Key, out _));

        var beforeReconnect = cache.Take("33.13");
        cache.GoDark();
        cache.GoLive();
        cache.Keep(Key, Head, beforeReconnect);
        Assert.False(cache.TryGet(Key, out _));
    }

    [Fact]
    public void The_cache_stays_live_while_any_of_two_listeners_listens_and_forgets_everything_when_one_stops()
    {
        var cache = new VersionHeadCache();
        cache.GoLive();
        cache.GoLive();
        cache.Keep(Key, Head, cache.Take("33.13"));

        cache.GoDark();
        Assert.True(cache.Live);
        Assert.False(cache.TryGet(Key, out _));

        cache.GoDark();
        Assert.False(cache.Live);
    }
}
