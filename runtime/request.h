// One request of libphp, started and ended as php-cli does: what Engine's requests and the
// phpovm command's modes (runtime/cli_run.cpp) share.
#pragma once
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace phpovm {

// argv strings for SG(request_info), alive for the request.
struct RequestArgs {
  std::vector<std::string> storage;
  std::vector<char*> argv;
  explicit RequestArgs(const std::vector<std::string>& args);
};

// Starts a request for `script` (SG(request_info).path_translated, and $_SERVER's script names).
// std_streams: define STDIN/STDOUT/STDERR as php-cli does. Their streams own the process's
// descriptors unless own_descriptors is false (fclose(STDOUT) closes fd 1, and the request's end
// closes them), so a request that only compiles does without them. False if libphp refused.
bool start_request(RequestArgs& args, const char* script, bool std_streams, bool own_descriptors = true);
// Runs fp (which it takes) as the request's main script named path, in a request of its own;
// returns the request's exit status.
int run_main_script(FILE* fp, const std::string& path, const std::vector<std::string>& argv, bool std_streams,
                    bool own_descriptors);
// The same for the file libphp opens by name (a URL of a stream wrapper: a bundle's entry),
// run as the script named `script`.
int run_main_file(const std::string& filename, const std::string& script, const std::vector<std::string>& argv,
                  bool std_streams, bool own_descriptors);
// Runs the file libphp opens by name as the main script of the request under way.
void execute_main_file(const std::string& filename);
// For a request that runs the bundle in the file at path (`length` bytes from `offset`, 0 for the
// rest): mounts it, and names its entry script's URL in `entry` and in $_SERVER's
// SCRIPT_FILENAME, SCRIPT_NAME and PHP_SELF, which is the entry's __FILE__ ($argv[0] stays the
// bundle: what a program runs again to start itself). False with a one-line reason.
bool prepare_bundle_entry(const std::string& path, uint64_t offset, uint64_t length, std::string& entry,
                          std::string& error);
// Ends the request; returns the exit status php-cli would (0, exit's value, 255 on fatal).
int end_request();

}  // namespace phpovm
