// A host embedding phpovm: runs a PHP script (or image, or bundle) given on the command line as
// several requests, each with its own output, settings and result.
#include <phpovm/engine.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s SCRIPT [REQUESTS]\n", argv[0]);
    return 2;
  }
  int requests = argc > 2 ? std::stoi(argv[2]) : 3;
  phpovm::EngineOptions options;
  options.no_ini_files = true;
  phpovm::Engine engine(options);
  std::printf("phpovm %s\n", phpovm::Engine::version());
  for (int i = 0; i < requests; i++) {
    phpovm::Request request;
    request.script = argv[1];
    request.argv = {argv[1], std::to_string(i)};
    // Errors come back in the Result, not into the page or the host's stderr.
    request.ini = {{"memory_limit", "32M"}, {"max_execution_time", "5"}, {"display_errors", "0"}, {"log_errors", "0"}};
    std::string output;
    request.output = [&](std::string_view bytes) { output.append(bytes); };
    phpovm::Result result = engine.run(request);
    std::printf("request %d: exit %d%s%s, %zu bytes: %s", i, result.exit_status, result.failed ? ", failed: " : "",
                result.error.c_str(), output.size(), output.c_str());
  }
  return 0;
}
