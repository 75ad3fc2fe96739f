package tieline.graph;

/**
 * Brandes' exact betweenness for an unweighted undirected graph held as compressed adjacency
 * arrays (vertex {@code v}'s neighbours are {@code targets[offsets[v]] .. targets[offsets[v+1]-1]}).
 * Scores count each unordered pair once, as JGraphT's {@code BetweennessCentrality} does for
 * undirected graphs unnormalised (the tests compare the two). The work arrays are allocated once
 * and reused for every source. JGraphT's implementation allocates hash maps for every source and
 * took 797 s on the whole-corpus graph (11,056 entities, 30,862 relationships) on the shared
 * development machine, which is unusable in the UI; see ADR 0034.
 */
final class Betweenness {

    private Betweenness() {
    }

    static double[] scores(int[] offsets, int[] targets) {
        int n = offsets.length - 1;
        double[] centrality = new double[n];
        int[] stack = new int[n];
        int[] queue = new int[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        java.util.Arrays.fill(distance, -1);
        for (int s = 0; s < n; s++) {
            int stackSize = 0;
            int head = 0;
            int tail = 0;
            distance[s] = 0;
            paths[s] = 1;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[stackSize++] = v;
                int next = distance[v] + 1;
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    int w = targets[i];
                    if (distance[w] < 0) {
                        distance[w] = next;
                        queue[tail++] = w;
                    }
                    if (distance[w] == next) {
                        paths[w] += paths[v];
                    }
                }
            }
            while (stackSize > 0) {
                int w = stack[--stackSize];
                int before = distance[w] - 1;
                for (int i = offsets[w]; i < offsets[w + 1]; i++) {
                    int v = targets[i];
                    if (distance[v] == before) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                if (w != s) {
                    centrality[w] += dependency[w];
                }
            }
            for (int i = 0; i < tail; i++) {
                int v = queue[i];
                distance[v] = -1;
                paths[v] = 0;
                dependency[v] = 0;
            }
        }
        for (int v = 0; v < n; v++) {
            centrality[v] /= 2;
        }
        return centrality;
    }
}
