using SloCompiler.Cli;
using SloCompiler.Threading;

// on a deep stack: PromQL trees as deep as promtool accepts are walked recursively (see DeepStack)
return DeepStack.Run(() => CliApp.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory));
